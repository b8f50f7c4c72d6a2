/** Demo feedback: a queue to screen and items at every step, for the demo accounts. */
package vn.cityhall.feedback.demo;
