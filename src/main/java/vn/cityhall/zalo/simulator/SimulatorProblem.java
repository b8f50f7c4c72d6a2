package vn.cityhall.zalo.simulator;

/** A simulator action refused before anything was sent, with the message key that says why. */
final class SimulatorProblem extends RuntimeException {

    private final String messageKey;

    SimulatorProblem(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
