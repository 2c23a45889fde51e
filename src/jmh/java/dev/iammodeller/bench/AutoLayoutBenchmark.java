package dev.iammodeller.bench;

import dev.iammodeller.diagram.AutoLayout;
import dev.iammodeller.io.authz.SyntheticAuthorizationDetails;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.User;
import java.util.Map;
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
 * Automatic layout of the imported account of docs/performance.md (the synthetic export of 3,000 principals
 * and 1,016 managed policies: 7,617 entities): everything from scratch ({@code rearrange}), and keeping that
 * layout while one new user is placed ({@code arrangeOneNewUser}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AutoLayoutBenchmark {
    private IamModel model;
    private IamModel withNewUser;
    private Layout laidOut;

    @Setup
    public void importTheExport() throws Exception {
        model = SyntheticAuthorizationDetails.imported(SyntheticAuthorizationDetails.Shape.DEFAULT);
        laidOut = model.layout();
        withNewUser = model.with(new User("user-new", "123456789012", "zz-new", "/", false, false, Map.of()))
                .withRelation(new Relation(RelationKind.MEMBER_OF, "user-new", "group-123456789012-group-7"));
    }

    @Benchmark
    public Layout rearrange() {
        return AutoLayout.rearrange(model);
    }

    @Benchmark
    public Layout arrangeOneNewUser() {
        return AutoLayout.arrange(withNewUser, laidOut);
    }
}
