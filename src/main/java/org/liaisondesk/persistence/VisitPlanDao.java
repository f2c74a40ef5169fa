package org.liaisondesk.persistence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.liaisondesk.domain.BudgetLine;
import org.liaisondesk.domain.VisitPlan;

/** A visit's plan (one row per delegation, written whole) and its budget lines. */
@RegisterConstructorMapper(VisitPlan.class)
@RegisterConstructorMapper(BudgetLine.class)
public interface VisitPlanDao {
    @SqlQuery("SELECT * FROM visit_plan WHERE delegation_id = ?")
    Optional<VisitPlan> find(long delegationId);

    @SqlUpdate("MERGE INTO visit_plan (delegation_id, vehicles, accompanying_staff, interpreters, safety_notes,"
            + " invitation_letter, police_registration, passports_returned, summary_due) KEY (delegation_id)"
            + " VALUES (:delegationId, :vehicles, :accompanyingStaff, :interpreters, :safetyNotes, :invitationLetter,"
            + " :policeRegistration, :passportsReturned, :summaryDue)")
    void save(@BindMethods VisitPlan plan);

    @SqlQuery("SELECT * FROM budget_line WHERE delegation_id = ? ORDER BY line_no, id")
    List<BudgetLine> budget(long delegationId);

    @SqlQuery("SELECT * FROM budget_line WHERE id = ?")
    Optional<BudgetLine> line(long id);

    @SqlQuery("SELECT COALESCE(MAX(line_no), 0) FROM budget_line WHERE delegation_id = ?")
    int lastLine(long delegationId);

    @SqlUpdate("INSERT INTO budget_line (delegation_id, line_no, item, budget_cny, actual_cny)"
            + " VALUES (:delegationId, :lineNo, :item, :budgetCny, :actualCny)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods BudgetLine line);

    @SqlUpdate("UPDATE budget_line SET item = :item, budget_cny = :budgetCny, actual_cny = :actualCny,"
            + " line_no = :lineNo WHERE id = :id")
    int update(@BindMethods BudgetLine line);

    @SqlUpdate("DELETE FROM budget_line WHERE id = ?")
    int delete(long id);
}
