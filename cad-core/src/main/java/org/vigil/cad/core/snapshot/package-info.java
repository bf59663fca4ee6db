/** Framed, versioned snapshots of the engine state, and the recovery that starts from them. */
package org.vigil.cad.core.snapshot;
