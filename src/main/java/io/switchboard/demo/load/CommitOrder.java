package io.switchboard.demo.load;

/**
 * Lets writers that work on chunks side by side commit them in chunk order. The loaded chunks then
 * always form an unbroken run from the first, even after a crash, which is what an appending load
 * looks for. A writer finishes its chunk, waits for its turn with its transaction still open, commits,
 * and hands the turn on.
 */
final class CommitOrder {

	private long next;
	private boolean failed;

	CommitOrder(long first) {
		this.next = first;
	}

	synchronized void awaitTurn(long chunk) throws InterruptedException {
		while (!failed && next != chunk) {
			wait();
		}
		if (failed) {
			throw new IllegalStateException("another writer failed before chunk " + chunk + " could commit");
		}
	}

	synchronized void committed(long chunk) {
		next = chunk + 1;
		notifyAll();
	}

	/** A writer failed: the chunks after its own will never get their turn. */
	synchronized void fail() {
		failed = true;
		notifyAll();
	}
}
