"""Support code shared by the handler tests and the end-to-end benchmark.

``fake_bot_api`` is a Bot API server on 127.0.0.1, ``updates`` builds the updates Telegram
sends, and ``harness`` runs the real application against the server. It is a package of
its own, installed with the bot, so that ``tests/handlers`` and ``bench`` import it the
ordinary way instead of each putting the other's folder on ``sys.path``.
"""
