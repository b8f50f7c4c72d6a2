package vn.cityhall.organization;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Drops the cached unit tree after any committed change to units on this node. */
@Component
class UnitTreeRefresher {

    private final OrganizationDirectory directory;

    UnitTreeRefresher(OrganizationDirectory directory) {
        this.directory = directory;
    }

    @TransactionalEventListener
    void on(UnitCreated event) {
        directory.refresh();
    }

    @TransactionalEventListener
    void on(UnitUpdated event) {
        directory.refresh();
    }

    @TransactionalEventListener
    void on(UnitMoved event) {
        directory.refresh();
    }

    @TransactionalEventListener
    void on(UnitDeactivated event) {
        directory.refresh();
    }

    @TransactionalEventListener
    void on(UnitReactivated event) {
        directory.refresh();
    }
}
