package io.hyperchain.template;

/** Where a template's image stands on one node's engine. */
public enum NodeImageState {
    /** An upload is being imported there. */
    IMPORTING,
    /** It is being copied there from another engine. */
    COPYING,
    /** The engine holds it. */
    READY,
    /** The last import or copy there failed; the message says why. */
    FAILED
}
