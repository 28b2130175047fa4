@echo off
rem Clientele launcher for Windows: builds when needed, then runs the app on the classpath.
rem   clientele                 open the workbench on the bundled sample data
rem   clientele open FILE       open the workbench on FILE
rem   clientele SUBCOMMAND ...  run headless (clientele --help lists the subcommands)
setlocal
set "HERE=%~dp0"
set "CPFILE=%HERE%app\target\classpath.txt"
if not exist "%CPFILE%" goto build
if not exist "%HERE%app\target\classes" goto build
goto run
:build
echo Building Clientele (first run)... 1>&2
pushd "%HERE%"
call mvnw.cmd -q -B -DskipTests package 1>&2
if errorlevel 1 (
  popd
  echo error: the build failed; run "mvnw.cmd -B -DskipTests package" to see why. 1>&2
  exit /b 1
)
popd
:run
set /p APPCP=<"%CPFILE%"
rem profile and rfm are one streaming pass where JVM start-up dominates (see clientele).
set "JVMOPTS="
if /i "%~1"=="profile" set "JVMOPTS=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
if /i "%~1"=="rfm" set "JVMOPTS=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
rem Neural models (TensorFlow): oneDNN off for reproducible seeds, TensorFlow's INFO lines off stderr (see clientele).
if not defined TF_ENABLE_ONEDNN_OPTS set "TF_ENABLE_ONEDNN_OPTS=0"
if not defined TF_CPP_MIN_LOG_LEVEL set "TF_CPP_MIN_LOG_LEVEL=2"
java %JVMOPTS% %JAVA_OPTS% -cp "%HERE%app\target\classes;%APPCP%" org.clientele.app.Main %*
