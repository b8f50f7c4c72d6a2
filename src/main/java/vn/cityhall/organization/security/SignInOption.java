package vn.cityhall.organization.security;

/**
 * An OpenID Connect provider offered on the login page (a view record for the template).
 *
 * @param href where the sign-in with this provider starts
 * @param name the provider's name as configured ({@code client-name})
 */
public record SignInOption(String href, String name) {
}
