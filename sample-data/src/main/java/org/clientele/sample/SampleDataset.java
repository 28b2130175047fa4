package org.clientele.sample;

/**
 * One data set bundled with Clientele.
 *
 * @param name        short name for the command line and the workbench, e.g. {@code online-retail}
 * @param fileName    the file name as shipped (and as extracted)
 * @param title       one line for menus
 * @param description what it holds and where it came from
 * @param kind        whether it is a customer table or a transaction log
 * @param rows        data rows in the file (without the header)
 * @param licence     the licence it is shipped under
 * @param attribution the credit the licence asks for, or a note that it is synthetic
 */
public record SampleDataset(String name, String fileName, String title, String description, Kind kind, long rows,
                            String licence, String attribution) {

    /** What the file holds, with the same labels as the data layer's kinds. */
    public enum Kind {
        CUSTOMERS("customers"), TRANSACTIONS("transactions");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The classpath resource the file is shipped as. */
    public String resource() {
        return "/org/clientele/sample/" + fileName;
    }
}
