package vn.cityhall.zalo.simulator;

/** A simulated citizen as the pages show them; the phone as typed ({@code 0…}). */
public record CitizenView(String userId, String name, String phone, String created) {
}
