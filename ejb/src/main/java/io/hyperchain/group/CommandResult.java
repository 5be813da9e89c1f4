package io.hyperchain.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One member's answer to a group command: PENDING until the node answers, then written once. */
@Entity
@Table(name = "group_command_result")
public class CommandResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "command_id", nullable = false)
    private long commandId;

    @Column(name = "node_id", nullable = false)
    private long nodeId;

    @Column(name = "node_name", nullable = false, length = 64)
    private String nodeName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ResultState state;

    @Column(name = "exit_code")
    private Integer exitCode;

    @Column
    private String output;

    @Column(length = 1024)
    private String message;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected CommandResult() {
    }

    CommandResult(long commandId, Member member) {
        this.commandId = commandId;
        this.nodeId = member.nodeId();
        this.nodeName = member.name();
        this.state = ResultState.PENDING;
    }

    public Long id() {
        return id;
    }

    public long commandId() {
        return commandId;
    }

    public long nodeId() {
        return nodeId;
    }

    public String nodeName() {
        return nodeName;
    }

    public ResultState state() {
        return state;
    }

    public Integer exitCode() {
        return exitCode;
    }

    public String output() {
        return output;
    }

    public String message() {
        return message;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
