/** Saved analyses in the workbench: save, open, unsaved-changes tracking and autosave for recovery. */
package org.clientele.app.ui.project;
