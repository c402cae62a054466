package org.acogida.protection.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.acogida.cases.Case;
import org.acogida.cases.CaseStatus;
import org.acogida.cases.CaseTask;
import org.acogida.platform.actor.Actors;
import org.acogida.platform.actor.Role;
import org.acogida.protection.ChildProtection;
import org.acogida.protection.Claims;
import org.acogida.protection.Screening;
import org.springframework.stereotype.Component;

/** Protection's tasks on a case: screen who is here, move an unaccompanied child's path on, refer a recorded claim. */
@Component
class ProtectionTasks implements CaseTask.Source {

    /** A recorded claim is referred to the national asylum authority within three days. */
    static final Duration REFER_WITHIN = Duration.ofDays(3);

    private final Screening screening;
    private final ChildProtection children;
    private final Claims claims;

    ProtectionTasks(Screening screening, ChildProtection children, Claims claims) {
        this.screening = screening;
        this.children = children;
        this.claims = claims;
    }

    @Override
    public List<CaseTask> tasks(Case c) {
        List<CaseTask> tasks = new ArrayList<>();
        if (c.status() == CaseStatus.ACTIVE && !screening.view(c.id()).screened()) {
            tasks.add(new CaseTask("task.screen", List.of(), c.createdAt().plus(Duration.ofHours(12)), false));
        }
        children.path(c.id()).ifPresent(path -> {
            switch (path.step()) {
                case IDENTIFIED -> tasks.add(new CaseTask("task.child-notify", List.of(), ChildProtection.due(path, c), true));
                case AUTHORITY_NOTIFIED -> tasks.add(new CaseTask("task.child-assess", List.of(), ChildProtection.due(path, c), true));
                case INTERESTS_ASSESSED -> tasks.add(new CaseTask("task.child-hand-over", List.of(), null, true));
                case HANDED_OVER -> { }
            }
        });
        if (Actors.require().role() == Role.PROTECTION_OFFICER) {
            claims.awaitingReferral(c.id())
                    .forEach(recorded -> tasks.add(new CaseTask("task.claim-refer", List.of(), recorded.plus(REFER_WITHIN), false)));
        }
        return tasks;
    }
}
