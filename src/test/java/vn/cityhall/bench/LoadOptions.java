package vn.cityhall.bench;

/**
 * The load drivers' command line: the application's address first, then {@code --users N --seconds N
 * --warmup N --think MS --only TEXT} and driver-specific options read with {@link #number} and {@link #text}.
 */
record LoadOptions(String base, int users, int seconds, int warmup, int think, String only, String[] args) {

    static LoadOptions parse(String[] args) {
        String base = args.length > 0 && !args[0].startsWith("--") ? args[0] : "http://127.0.0.1:8099";
        return new LoadOptions(base, number(args, "--users", 20), number(args, "--seconds", 30),
                number(args, "--warmup", 10), number(args, "--think", 0), text(args, "--only"), args.clone());
    }

    /** Whether a line ("user path") is measured under {@code --only}. */
    boolean includes(String user, String path) {
        return only == null || (user + " " + path).contains(only);
    }

    int number(String name, int fallback) {
        return number(args, name, fallback);
    }

    String text(String name) {
        return text(args, name);
    }

    private static int number(String[] args, String name, int fallback) {
        String value = text(args, name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static String text(String[] args, String name) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }
}
