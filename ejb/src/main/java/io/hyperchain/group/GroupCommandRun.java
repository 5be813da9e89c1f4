package io.hyperchain.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One command sent to a group; its members' answers are {@link CommandResult}s. Never changes once sent. */
@Entity
@Table(name = "group_command")
public class GroupCommandRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "group_name", nullable = false, length = 64)
    private String groupName;

    @Column(nullable = false, length = 32)
    private String command;

    @Column
    private String argument;

    @Column(name = "sent_by", nullable = false)
    private String sentBy;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "timeout_seconds", nullable = false)
    private int timeoutSeconds;

    @Column(name = "deadline_at", nullable = false)
    private Instant deadlineAt;

    protected GroupCommandRun() {
    }

    GroupCommandRun(long groupId, String groupName, Order order, Instant sentAt, CommandDeadline deadline) {
        this.groupId = groupId;
        this.groupName = groupName;
        this.command = order.command().word();
        this.argument = order.argument();
        this.sentBy = order.actor();
        this.sentAt = sentAt;
        this.timeoutSeconds = (int) order.timeout().toSeconds();
        this.deadlineAt = deadline.at();
    }

    public Long id() {
        return id;
    }

    public Long groupId() {
        return groupId;
    }

    public String groupName() {
        return groupName;
    }

    public String command() {
        return command;
    }

    public String argument() {
        return argument;
    }

    public String sentBy() {
        return sentBy;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    public CommandDeadline deadline() {
        return new CommandDeadline(deadlineAt);
    }
}
