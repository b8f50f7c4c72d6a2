/** Staff pages of the feedback module: so far, operators entering feedback received by phone or at the desk. */
package vn.cityhall.feedback.web;
