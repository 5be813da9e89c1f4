package io.hyperchain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private Instant at;

    protected AuditEntry() {
    }

    AuditEntry(String actor, String action, String subject, Instant at) {
        this.actor = actor;
        this.action = action;
        this.subject = subject.length() > 255 ? subject.substring(0, 255) : subject;
        this.at = at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public Instant at() {
        return at;
    }
}
