package dev.iammodeller.bench;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.ForwardReach;
import dev.iammodeller.analysis.RoleAssumption;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.io.authz.SyntheticAuthorizationDetails;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reach analysis on an imported account of 3,000 principals (1,500 users, 300 groups, 1,200 roles)
 * and 3,000 customer policies: one principal's own reach over the whole catalogue and the roles it can
 * assume, with the model's policies read once per model version (as the editor does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ReachBenchmark {
    private Catalog catalog;
    private AccessCheck check;
    private String user;
    private String role;

    @Setup
    public void model() throws Exception {
        IamModel model = SyntheticAuthorizationDetails.imported(new SyntheticAuthorizationDetails.Shape("123456789012", 1500, 300, 1200, 3000));
        catalog = Catalog.load();
        check = new AccessCheck(model);
        user = model.all(User.class).get(model.all(User.class).size() / 2).id();
        role = model.all(Role.class).get(model.all(Role.class).size() / 2).id();
    }

    @Benchmark
    public ForwardReach forwardReachOfAUser() {
        return ForwardReach.of(catalog, check, user);
    }

    @Benchmark
    public ForwardReach forwardReachOfARole() {
        return ForwardReach.of(catalog, check, role);
    }

    @Benchmark
    public Object rolesAUserCanAssume() {
        return RoleAssumption.from(check.model(), user);
    }
}
