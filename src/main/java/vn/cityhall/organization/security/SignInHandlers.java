package vn.cityhall.organization.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** Where the browser goes after a sign-in attempt through the form or an OpenID Connect provider. */
final class SignInHandlers {

    static final String TWO_FACTOR_STEP = "/login/two-factor";

    private SignInHandlers() {
    }

    /** Remembers the specific reason for the login page, then shows it again. */
    static AuthenticationFailureHandler failure() {
        RedirectStrategy redirect = new DefaultRedirectStrategy();
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) -> {
            LoginProblem.of(failure, request.getParameter("username")).store(request);
            redirect.sendRedirect(request, response, "/login?error");
        };
    }

    /** Sends an account with two-factor authentication to the code step, everyone else on their way. */
    static SavedRequestAwareAuthenticationSuccessHandler success() {
        return new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                    Authentication authentication) throws ServletException, IOException {
                if (TwoFactorRequirement.isPending(authentication)) {
                    getRedirectStrategy().sendRedirect(request, response, TWO_FACTOR_STEP);
                    return;
                }
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }
}
