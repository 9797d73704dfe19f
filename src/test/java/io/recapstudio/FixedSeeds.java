package io.recapstudio;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * CI is not a lottery: every jqwik property without its own {@code seed} runs with a fixed seed made from its class
 * and method name, so a fresh clone's run tries the same samples every time. {@code mvn -B -Pfuzz test} sets
 * {@code recap.fuzz=true}: random seeds and {@code recap.fuzz.factor} (default 20) times the tries. Registered for all
 * properties through {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}.
 */
public final class FixedSeeds implements AroundPropertyHook {

    static final int DEFAULT_TRIES = 1000;

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        PropertyAttributes attributes = context.attributes();
        if (Boolean.getBoolean("recap.fuzz")) {
            int factor = Integer.getInteger("recap.fuzz.factor", 20);
            attributes.setTries(attributes.tries().orElse(DEFAULT_TRIES) * factor);
            if (attributes.seed().isEmpty()) {
                attributes.setSeed("");
            }
        } else if (attributes.seed().filter(s -> !s.isEmpty()).isEmpty()) {
            attributes.setSeed(String.valueOf(seedOf(context)));
        }
        return property.execute();
    }

    /** A stable seed per property: the same on every machine and run. */
    static long seedOf(PropertyLifecycleContext context) {
        String name = context.containerClass().getName() + "#" + context.targetMethod().getName();
        long hash = 1125899906842597L;
        for (int i = 0; i < name.length(); i++) {
            hash = 31 * hash + name.charAt(i);
        }
        return hash;
    }

    @Override
    public PropagationMode propagateTo() {
        // Registered on the engine: reach every property below it.
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public int aroundPropertyProximity() {
        // Outside everything else, so the seed is set before any other hook or the generator reads it.
        return -100;
    }
}
