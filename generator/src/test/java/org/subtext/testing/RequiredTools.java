package org.subtext.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;

/**
 * Skips, or with {@code subtext.requireTools} fails, a {@link Requires} class whose tools are missing.
 * A condition rather than an aborted {@code @BeforeAll}: Surefire counts a disabled class as skipped,
 * where an aborted one showed as "Tests run: 0".
 */
final class RequiredTools implements ExecutionCondition {

    static final String REQUIRE = "subtext.requireTools";
    private static final ExtensionContext.Namespace SAID = ExtensionContext.Namespace.create(RequiredTools.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Tool[] tools = context.getTestClass()
                .flatMap(type -> AnnotationSupport.findAnnotation(type, Requires.class))
                .map(Requires::value).orElse(new Tool[0]);
        for (Tool tool : tools) {
            if (tool.missing().isEmpty()) {
                continue;
            }
            if (Boolean.getBoolean(REQUIRE)) {
                throw new AssertionFailedError(
                        tool.advice() + "; " + REQUIRE + " is set, so this fails rather than skips");
            }
            // the root store lives as long as the run: the line is printed once, not once per class
            context.getRoot().getStore(SAID).getOrComputeIfAbsent(tool, t -> {
                System.out.println("skipped: " + tool.advice());
                return Boolean.TRUE;
            });
            return ConditionEvaluationResult.disabled("skipped: " + tool.advice());
        }
        return ConditionEvaluationResult.enabled("every tool it needs is installed");
    }
}
