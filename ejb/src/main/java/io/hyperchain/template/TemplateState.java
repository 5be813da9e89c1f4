package io.hyperchain.template;

/** Whether tenants may start from a template: only a READY one's image is on the engines. */
public enum TemplateState {
    /** Made, but no engine is known to hold its image yet. */
    AWAITING_IMAGE,
    /** Some engine holds its image; the others get it copied from there. */
    READY,
    /** Its upload reached no engine. */
    FAILED
}
