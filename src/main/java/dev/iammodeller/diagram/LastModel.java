package dev.iammodeller.diagram;

import dev.iammodeller.model.IamModel;
import java.lang.ref.WeakReference;
import java.util.function.Function;

/**
 * One answer about the last model value asked about, worked out again for another: what the canvas asks several
 * times as a large model opens and at each of its redraws (how many identities it has, which policies each holder
 * holds). The model is held weakly, so a closed model is not kept alive by its answer.
 */
final class LastModel<T> {
    private record Answer<T>(WeakReference<IamModel> model, T value) {
    }

    private final Function<IamModel, T> work;
    private volatile Answer<T> last;

    LastModel(Function<IamModel, T> work) {
        this.work = work;
    }

    /** The answer for this model: the one kept when it is the last model asked about. */
    T of(IamModel model) {
        Answer<T> known = last;
        if (known != null && known.model().get() == model) {
            return known.value();
        }
        T value = work.apply(model);
        last = new Answer<>(new WeakReference<>(model), value);
        return value;
    }
}
