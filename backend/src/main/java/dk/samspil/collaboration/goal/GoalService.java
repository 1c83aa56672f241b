package dk.samspil.collaboration.goal;

import dk.samspil.common.audit.AuditLog;
import dk.samspil.common.http.ETags;
import dk.samspil.common.security.Access;
import dk.samspil.common.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;

/** The goal: everyone reads it, coordinators set it. */
@ApplicationScoped
public class GoalService {

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    public GoalView get() {
        return GoalView.of(CollaborationGoal.findById(CollaborationGoal.ID));
    }

    @Transactional
    public GoalView update(String ifMatch, GoalInput input) {
        access.requireCoordinator();
        CollaborationGoal goal = CollaborationGoal.findById(CollaborationGoal.ID);
        ETags.requireMatch(ifMatch, goal.version);
        Map<String, Object> before = snapshot(goal);
        goal.targetLibraries = input.targetLibraries();
        goal.targetDate = input.targetDate();
        if (!before.equals(snapshot(goal))) {
            goal.updatedAt = clock.now();
            CollaborationGoal.flush();
            audit.updated("collaboration_goal", CollaborationGoal.ID, before, snapshot(goal));
        }
        return GoalView.of(goal);
    }

    private static Map<String, Object> snapshot(CollaborationGoal goal) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("targetLibraries", goal.targetLibraries);
        map.put("targetDate", goal.targetDate);
        return map;
    }
}
