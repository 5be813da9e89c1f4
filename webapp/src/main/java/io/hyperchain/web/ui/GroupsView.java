package io.hyperchain.web.ui;

import io.hyperchain.group.CommandRequest;
import io.hyperchain.group.CommandView;
import io.hyperchain.group.GroupBranch;
import io.hyperchain.group.GroupChange;
import io.hyperchain.group.GroupCommand;
import io.hyperchain.group.GroupCommands;
import io.hyperchain.group.NodeGroups;
import io.hyperchain.group.NodeRef;
import io.hyperchain.shared.DomainException;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The admin's groups of nodes (P4.4): the tree with each group's nodes; a group is made, picked,
 * renamed, moved, given nodes, deleted; a command goes to every node it reaches, and the answers
 * are shown per member as they come (read from the database, so any instance's page follows it).
 * The same services as {@code AdminGroupsResource}.
 */
@Named
@ViewScoped
public class GroupsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The page's bundle prefix: its own words for refusals whose general ones speak of nodes. */
    private static final String PAGE = "groups";

    /** Commands listed under "recent". */
    static final int RECENT = 10;

    @Inject
    Caller caller;

    @Inject
    NodeGroups groups;

    @Inject
    GroupCommands commands;

    @Inject
    PageMessages messages;

    @Inject
    io.hyperchain.billing.BillingConfig config;

    private String admin;
    private transient List<GroupBranch> tree;
    private transient List<NodeRef> nodes;
    private transient List<CommandView> recent;

    // a new group
    private String newName;
    private Long newParentId;

    // the group picked in the tree, and its form
    private Long pickedId;
    private String editName;
    private Long editParentId;
    private Long[] memberIds = new Long[0];
    /** What a command that takes an argument was given, by command word ("shell" → "uptime"). */
    private final Map<String, String> arguments = new HashMap<>();

    /** The command whose answers are shown. */
    private Long followedId;
    private transient CommandView followed;

    /** A command as the page offers it: its word, whether it asks first, whether it takes an argument. */
    public record Choice(String word, boolean asksFirst, boolean takesArgument) implements Serializable {

        public String getWord() {
            return word;
        }

        public boolean isAsksFirst() {
            return asksFirst;
        }

        public boolean isTakesArgument() {
            return takesArgument;
        }
    }

    @PostConstruct
    void init() {
        admin = caller.require(Role.ADMIN).email();
        refresh();
    }

    public void refresh() {
        tree = GroupBranch.flatten(groups.tree());
        nodes = groups.nodes();
        recent = commands.recent(RECENT);
        if (pickedId != null && picked().isEmpty()) {
            pickedId = null; // deleted meanwhile, on this page or another
        }
    }

    public void create() {
        try {
            var made = groups.create(newName, newParentId, admin);
            messages.info("groups.created", made.getPath());
            newName = null;
            refresh();
            pick(made.id());
        } catch (DomainException e) {
            messages.refusedOn(PAGE, "create", e);
        }
    }

    /** Picks a group in the tree: its form below is filled with what it is now. */
    public void pick(long id) {
        refresh();
        pickedId = id;
        picked().ifPresent(group -> {
            editName = group.name();
            editParentId = group.parentId();
            memberIds = group.members().stream().map(NodeRef::id).toArray(Long[]::new);
        });
    }

    /** Renames and moves the picked group as its form says. */
    public void save() {
        try {
            var changed = groups.change(pickedId, new GroupChange(editName, true, editParentId), admin);
            messages.info("groups.saved", changed.getPath());
            pick(changed.id());
        } catch (DomainException e) {
            messages.refusedOn(PAGE, "picked", e);
        }
    }

    public void saveMembers() {
        try {
            var changed = groups.replaceMembers(pickedId, new LinkedHashSet<>(Arrays.asList(memberIds)), admin);
            messages.info("groups.membersSaved", changed.getPath(), changed.members().size());
            pick(changed.id());
        } catch (DomainException e) {
            messages.refusedOn(PAGE, "picked", e);
        }
    }

    public void delete() {
        try {
            String path = picked().map(GroupBranch::getPath).orElse("");
            groups.delete(pickedId, admin);
            messages.info("groups.deleted", path);
            pickedId = null;
            refresh();
        } catch (DomainException e) {
            messages.refusedOn(PAGE, "picked", e);
        }
    }

    /** Sends a command to the picked group and follows its answers. */
    public void send(String word) {
        try {
            // the page keeps one argument box per command
            var request = CommandRequest.of(word, field -> arguments.get(word));
            var sent = commands.send(pickedId, request, admin);
            messages.info("groups.sent", messages.text("groups.command." + word), sent.groupName(), sent.results().size());
            followedId = sent.id();
            followed = sent;
            recent = commands.recent(RECENT);
        } catch (DomainException e) {
            messages.refusedOn(PAGE, "picked", e);
        }
    }

    /** Shows another command's answers. */
    public void follow(long commandId) {
        followedId = commandId;
        poll();
    }

    /** The poll's listener: the answers as the database holds them now. */
    public void poll() {
        try {
            followed = followedId == null ? null : commands.read(followedId);
        } catch (DomainException gone) {
            followedId = null;
            followed = null;
        }
        if (followed != null && followed.done()) {
            recent = commands.recent(RECENT);
        }
    }

    public List<GroupBranch> getTree() {
        if (tree == null) {
            refresh();
        }
        return tree;
    }

    public List<NodeRef> getNodes() {
        if (nodes == null) {
            refresh();
        }
        return nodes;
    }

    public List<CommandView> getRecent() {
        if (recent == null) {
            refresh();
        }
        return recent;
    }

    /** The picked group as the tree shows it, if any. */
    public GroupBranch getPicked() {
        return picked().orElse(null);
    }

    private Optional<GroupBranch> picked() {
        return pickedId == null ? Optional.empty() : getTree().stream().filter(group -> group.id() == pickedId).findFirst();
    }

    public boolean isPicked(long id) {
        return pickedId != null && pickedId == id;
    }

    /** Every group but the picked one, for "move into" (one below it is refused with the reason). */
    public List<GroupBranch> getOtherGroups() {
        return getTree().stream().filter(group -> pickedId == null || group.id() != pickedId).toList();
    }

    public List<Choice> getCommands() {
        return Arrays.stream(GroupCommand.values())
                .map(command -> new Choice(command.word(), command.asksFirst(), command.argument().isPresent())).toList();
    }

    /** The question before a command that asks first, naming the group and how many nodes it reaches. */
    public String confirmation(String word) {
        return picked().map(group -> messages.text("groups.confirm." + word, group.getPath(), group.getNodeCount())).orElse("");
    }

    public CommandView getFollowed() {
        if (followed == null && followedId != null) {
            poll();
        }
        return followed;
    }

    /** While any member of the followed command has not answered, the page asks again every second. */
    public boolean isFollowing() {
        var command = getFollowed();
        return command != null && !command.done();
    }

    /** When a command was sent, in the installation's zone: "2027-01-05 19:00:03 KST". */
    public String sentAt(CommandView command) {
        return JobTimes.started(command.sentAt(), config.zone()) + " " + config.zone().getId();
    }

    public Map<String, String> getArguments() {
        return arguments;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public Long getNewParentId() {
        return newParentId;
    }

    public void setNewParentId(Long newParentId) {
        this.newParentId = newParentId;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public Long getEditParentId() {
        return editParentId;
    }

    public void setEditParentId(Long editParentId) {
        this.editParentId = editParentId;
    }

    public Long[] getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(Long[] memberIds) {
        this.memberIds = memberIds == null ? new Long[0] : memberIds;
    }
}
