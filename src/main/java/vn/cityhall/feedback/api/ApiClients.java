package vn.cityhall.feedback.api;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The API clients, newest first for the administrators' list. */
interface ApiClients extends JpaRepository<ApiClient, Long> {

    List<ApiClient> findAllByOrderByCreatedAtDescIdDesc();

    List<ApiClient> findByKeyPrefixAndActiveTrue(String keyPrefix);
}
