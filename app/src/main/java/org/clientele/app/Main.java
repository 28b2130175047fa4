package org.clientele.app;

public final class Main {
    public static void main(String[] args) {
        System.out.println("clientele");
    }
}
