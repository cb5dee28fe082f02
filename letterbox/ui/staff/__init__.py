"""The worker station: staff sign in, review, contacts, parents and export.

Plain screens for family-support workers. They hold no rules: every read and change goes
through ``letterbox.services`` as the signed-in staff member's actor, and refusals come
back as typed errors that ``letterbox.ui.wording`` turns into words.
"""
