"""End-to-end benchmark and soak run: the real Application against the local Bot API server.

The bot is built with ``bot.app.build_application`` and long-polls ``testkit``'s
``FakeBotAPI``, as the handler tests run it. Simulated users queue updates on the server;
the time of an update is taken when it is queued and the time of its reply when the server
receives the matching ``sendMessage`` (same chat, the text the bot would render for that
question) or ``answerInlineQuery`` (same query id).

Scenarios of the default run:

* ``paced``: updates at a steady ``--rate`` (25 a second, under Telegram's 30) from 50 users,
  open loop: the latency a user sees when the bot is not overloaded.
* ``closed``: 50 users (vi/en) each send the next update once the previous one has its
  reply: dev questions, some inline queries, a few stickers/photos. 20 late users arrive
  after a second, each with a first question (a user the bot has not seen yet).
* ``burst``: the same updates, all queued at once.
* ``abuse``: 49 users at a human pace with the default limit of 30 updates a minute, alone,
  then with one user sending 300 questions at once, then with one sending 300 messages of
  4,096 characters of unknown words (the most expensive text to match).
* ``slow-db``: like ``closed`` but every interaction write takes ``--slow-write-ms``.

``paced``, ``closed`` and ``burst`` run twice: with the bot's ``AIORateLimiter`` as deployed (it holds
``sendMessage`` to Telegram's 30 a second) and with that limiter lifted, which measures what
the bot itself can do. The per-user limit is raised for them (to ``--user-rate``) and the
output says so. The server runs on the bot's event loop, so its own work counts against
the bot: the figures are a lower bound.

``--soak N`` pushes N updates (default 10,000) from ``--soak-users`` distinct users (2,000,
arriving all through the run, so whatever is kept per user keeps growing) through the same
harness, ``--workers`` (50) in flight. Half the questions carry an unseen word, new input for
the knowledge base's bounded caches. Between chunks of ``--sample-every`` updates, with
nothing in flight, it samples RSS, tracemalloc and the size of everything in the bot that can
grow, then compares the end with the first sample (the warm-up) and names the lines that grew.
tracemalloc makes the bot about four times slower; ``--no-tracemalloc`` keeps RSS only.
The harness keeps nothing per request: the server's request log is consumed as it is written.

Usage (from the project's root)::

    python -m bench.e2e                              # every scenario: about 2.5 minutes
    python -m bench.e2e --scenarios closed burst --limiter lifted
    python -m bench.e2e --soak                       # 10,000 updates: about 5 minutes
    python -m bench.e2e --soak --no-tracemalloc      # about 75 seconds
    python -m bench.e2e --soak 50000 --soak-users 500 --arrival cycle --fresh-share 0 --no-tracemalloc

Writes ``bench/results/e2e.json`` (or ``soak.json``) and prints a table. Nothing here
asserts on time; the figures depend on the machine.

The modules, one job each: ``workload`` (what users send, what the bot should answer),
``tracker`` (pairing replies with updates, counting log lines), ``session`` (the bot built
with the run's limiters and records), ``slow_records``, ``scenarios``, ``soak``, ``report``
(figures, tables, JSON) and ``cli`` (the flags).
"""
