/**
 * Demo tasks ({@code cityhall.demo.tasks=true}, on in the {@code demo} profile): a few months of
 * realistic history for Hanoi's demo accounts, so that "my work", the reminders and the dashboard
 * have something to show on first start.
 */
package vn.cityhall.tasks.demo;
