"""The schema, as migrations: each is run once, in order, in its own transaction.

Never edit a released migration; append a new one. ``PRAGMA user_version`` records how
many have run (on PostgreSQL, the ``letterbox_schema`` table).

One declaration serves both engines: each migration is written once, in SQLite's SQL,
and ``store/dialect.py`` translates its types for PostgreSQL (INTEGER PRIMARY KEY to an
identity, INTEGER to BIGINT, REAL to DOUBLE PRECISION, BLOB to BYTEA). A migration that
SQLite can only do by rebuilding a table (to change a CHECK) has its PostgreSQL form in
``POSTGRES_VARIANTS``, written beside it; the translation refuses a rebuild it is not
given. A test compares the two engines' tables and columns.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: parents, children, letters with history, recordings with parts, events, settings
    """
    CREATE TABLE parent (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        id_number TEXT NOT NULL CHECK (length(trim(id_number)) > 0),
        housing_unit TEXT NOT NULL DEFAULT '',
        facility TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'en',
        pin_salt BLOB NOT NULL,
        pin_hash BLOB NOT NULL,
        is_demo INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        UNIQUE (id_number)
    );
    CREATE TABLE child (
        id INTEGER PRIMARY KEY,
        parent_id INTEGER NOT NULL REFERENCES parent(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        birth_date TEXT,
        age_years INTEGER,
        relationship TEXT NOT NULL DEFAULT '',
        carer_name TEXT NOT NULL DEFAULT '',
        carer_address TEXT NOT NULL DEFAULT '',
        contact_status TEXT NOT NULL DEFAULT 'pending'
            CHECK (contact_status IN ('approved', 'pending', 'not_permitted')),
        contact_reason TEXT NOT NULL DEFAULT '',
        carer_consent TEXT NOT NULL DEFAULT 'unknown'
            CHECK (carer_consent IN ('unknown', 'given', 'refused')),
        created_at TEXT NOT NULL
    );
    CREATE INDEX child_parent ON child(parent_id);
    CREATE TABLE letter (
        id INTEGER PRIMARY KEY,
        parent_id INTEGER NOT NULL REFERENCES parent(id) ON DELETE CASCADE,
        child_id INTEGER REFERENCES child(id) ON DELETE SET NULL,
        title TEXT NOT NULL DEFAULT '',
        occasion TEXT NOT NULL DEFAULT '',
        prompt_id TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        flow_state TEXT NOT NULL DEFAULT '{}',
        flags TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL DEFAULT 'draft'
            CHECK (status IN ('draft', 'ready', 'exported', 'returned')),
        status_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX letter_parent ON letter(parent_id);
    CREATE TABLE letter_version (
        id INTEGER PRIMARY KEY,
        letter_id INTEGER NOT NULL REFERENCES letter(id) ON DELETE CASCADE,
        body TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        saved_at TEXT NOT NULL
    );
    CREATE INDEX letter_version_letter ON letter_version(letter_id);
    CREATE TABLE recording (
        id INTEGER PRIMARY KEY,
        parent_id INTEGER NOT NULL REFERENCES parent(id) ON DELETE CASCADE,
        child_id INTEGER REFERENCES child(id) ON DELETE SET NULL,
        kind TEXT NOT NULL CHECK (kind IN ('message', 'story', 'echo')),
        title TEXT NOT NULL DEFAULT '',
        transcript TEXT NOT NULL DEFAULT '',
        story_text TEXT NOT NULL DEFAULT '',
        flags TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL DEFAULT 'draft'
            CHECK (status IN ('draft', 'ready', 'exported', 'returned')),
        status_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX recording_parent ON recording(parent_id);
    CREATE TABLE recording_part (
        id INTEGER PRIMARY KEY,
        recording_id INTEGER NOT NULL REFERENCES recording(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('take', 'intro', 'page', 'line')),
        position INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL DEFAULT '',
        file TEXT NOT NULL,
        duration_s REAL NOT NULL DEFAULT 0,
        chosen INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL
    );
    CREATE INDEX recording_part_recording ON recording_part(recording_id);
    CREATE TABLE event (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        parent_id INTEGER,
        item_kind TEXT NOT NULL DEFAULT '',
        item_id INTEGER,
        action TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 2: roles and the review journey: statuses approved/sent/rejected and the packet an
    # item left in; the actor on every event; staff accounts; sign-in lockouts that
    # survive a restart; packets; each part's peak level.
    """
    CREATE TABLE letter_new (
        id INTEGER PRIMARY KEY,
        parent_id INTEGER NOT NULL REFERENCES parent(id) ON DELETE CASCADE,
        child_id INTEGER REFERENCES child(id) ON DELETE SET NULL,
        title TEXT NOT NULL DEFAULT '',
        occasion TEXT NOT NULL DEFAULT '',
        prompt_id TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        flow_state TEXT NOT NULL DEFAULT '{}',
        flags TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN
            ('draft', 'ready', 'approved', 'returned', 'exported', 'sent', 'rejected')),
        status_note TEXT NOT NULL DEFAULT '',
        packet_id INTEGER REFERENCES packet(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    INSERT INTO letter_new (id, parent_id, child_id, title, occasion, prompt_id, body,
        flow_state, flags, status, status_note, created_at, updated_at)
        SELECT id, parent_id, child_id, title, occasion, prompt_id, body, flow_state, flags,
        status, status_note, created_at, updated_at FROM letter;
    DROP TABLE letter;
    ALTER TABLE letter_new RENAME TO letter;
    CREATE INDEX letter_parent ON letter(parent_id);
    CREATE INDEX letter_status ON letter(status);
    CREATE TABLE recording_new (
        id INTEGER PRIMARY KEY,
        parent_id INTEGER NOT NULL REFERENCES parent(id) ON DELETE CASCADE,
        child_id INTEGER REFERENCES child(id) ON DELETE SET NULL,
        kind TEXT NOT NULL CHECK (kind IN ('message', 'story', 'echo')),
        title TEXT NOT NULL DEFAULT '',
        transcript TEXT NOT NULL DEFAULT '',
        story_text TEXT NOT NULL DEFAULT '',
        flags TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN
            ('draft', 'ready', 'approved', 'returned', 'exported', 'sent', 'rejected')),
        status_note TEXT NOT NULL DEFAULT '',
        packet_id INTEGER REFERENCES packet(id) ON DELETE SET NULL,
        take_kept INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    INSERT INTO recording_new (id, parent_id, child_id, kind, title, transcript, story_text,
        flags, status, status_note, created_at, updated_at)
        SELECT id, parent_id, child_id, kind, title, transcript, story_text, flags, status,
        status_note, created_at, updated_at FROM recording;
    DROP TABLE recording;
    ALTER TABLE recording_new RENAME TO recording;
    CREATE INDEX recording_parent ON recording(parent_id);
    CREATE INDEX recording_status ON recording(status);
    ALTER TABLE recording_part ADD COLUMN peak_dbfs REAL;
    ALTER TABLE event ADD COLUMN actor_kind TEXT NOT NULL DEFAULT 'system';
    ALTER TABLE event ADD COLUMN actor_id INTEGER;
    ALTER TABLE event ADD COLUMN actor_name TEXT NOT NULL DEFAULT '';
    CREATE INDEX event_at ON event(at);
    CREATE INDEX event_parent ON event(parent_id, at);
    CREATE INDEX event_actor ON event(actor_kind, actor_id);
    CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),
        salt BLOB NOT NULL,
        hash BLOB NOT NULL,
        created_at TEXT NOT NULL,
        removed_at TEXT
    );
    CREATE UNIQUE INDEX staff_name ON staff(name) WHERE removed_at IS NULL;
    CREATE TABLE signin_guard (
        principal_kind TEXT NOT NULL CHECK (principal_kind IN ('parent', 'staff')),
        principal_id INTEGER NOT NULL,
        failures INTEGER NOT NULL DEFAULT 0,
        lockouts INTEGER NOT NULL DEFAULT 0,
        locked_until REAL NOT NULL DEFAULT 0,
        PRIMARY KEY (principal_kind, principal_id)
    );
    CREATE TABLE packet (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        staff_id INTEGER,
        parent_id INTEGER REFERENCES parent(id) ON DELETE SET NULL,
        folder TEXT NOT NULL DEFAULT '',
        zip TEXT NOT NULL DEFAULT '',
        items INTEGER NOT NULL DEFAULT 0
    );
    """,
    # 3: exactly-once export: a packet is 'building' (its planned names and items written
    # before any file) until its folder and zip are in place, then 'complete' in the same
    # transaction that marks its items; a packet a dead export left is 'abandoned'. One
    # export at a time, through a lock row naming the process that holds it.
    """
    ALTER TABLE packet ADD COLUMN state TEXT NOT NULL DEFAULT 'complete'
        CHECK (state IN ('building', 'complete', 'abandoned'));
    CREATE TABLE packet_item (
        packet_id INTEGER NOT NULL REFERENCES packet(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('letter', 'recording')),
        item_id INTEGER NOT NULL,
        PRIMARY KEY (packet_id, kind, item_id)
    );
    CREATE INDEX packet_item_item ON packet_item(kind, item_id);
    INSERT INTO packet_item (packet_id, kind, item_id)
        SELECT packet_id, 'letter', id FROM letter WHERE packet_id IS NOT NULL;
    INSERT INTO packet_item (packet_id, kind, item_id)
        SELECT packet_id, 'recording', id FROM recording WHERE packet_id IS NOT NULL;
    CREATE TABLE export_lock (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        pid INTEGER NOT NULL,
        host TEXT NOT NULL DEFAULT '',
        claimed_at TEXT NOT NULL
    );
    """,
    # 4: the worker station: archived profiles; each child's contact and consent
    # decisions with who made them and when; check-in questions and parents' answers;
    # keepsake packets (everything a parent made, for them to take home) beside mail
    # packets, and the name of the worker who made each packet; indexes for the
    # dashboard's counts by parent and status.
    """
    ALTER TABLE parent ADD COLUMN archived_at TEXT;
    ALTER TABLE parent ADD COLUMN archive_note TEXT NOT NULL DEFAULT '';
    CREATE TABLE contact_history (
        id INTEGER PRIMARY KEY,
        child_id INTEGER NOT NULL REFERENCES child(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        field TEXT NOT NULL CHECK (field IN ('contact', 'consent')),
        value TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        actor_kind TEXT NOT NULL DEFAULT 'system',
        actor_id INTEGER,
        actor_name TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX contact_history_child ON contact_history(child_id, at);
    INSERT INTO contact_history (child_id, at, field, value, reason)
        SELECT id, created_at, 'contact', contact_status, contact_reason FROM child;
    CREATE TABLE checkin_question (
        id INTEGER PRIMARY KEY,
        text_en TEXT NOT NULL CHECK (length(trim(text_en)) > 0),
        text_es TEXT NOT NULL DEFAULT '',
        low INTEGER NOT NULL DEFAULT 1,
        high INTEGER NOT NULL DEFAULT 5,
        repeat_weeks INTEGER NOT NULL DEFAULT 12,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL DEFAULT '',
        retired_at TEXT
    );
    CREATE TABLE checkin_answer (
        id INTEGER PRIMARY KEY,
        question_id INTEGER NOT NULL REFERENCES checkin_question(id) ON DELETE CASCADE,
        parent_id INTEGER NOT NULL REFERENCES parent(id) ON DELETE CASCADE,
        value INTEGER,
        answered_at TEXT NOT NULL
    );
    CREATE INDEX checkin_answer_parent ON checkin_answer(parent_id, question_id, answered_at);
    ALTER TABLE packet ADD COLUMN kind TEXT NOT NULL DEFAULT 'mail'
        CHECK (kind IN ('mail', 'keepsake'));
    ALTER TABLE packet ADD COLUMN staff_name TEXT NOT NULL DEFAULT '';
    CREATE INDEX letter_child ON letter(child_id);
    CREATE INDEX recording_child ON recording(child_id);
    CREATE INDEX letter_parent_status ON letter(parent_id, status, updated_at);
    CREATE INDEX recording_parent_status ON recording(parent_id, status, updated_at);
    CREATE INDEX packet_made ON packet(created_at);
    """,
    # 5: how a parent likes the kiosk to look (text size, high contrast), and drafts a
    # parent deleted, kept for 30 days so staff can restore them
    """
    ALTER TABLE parent ADD COLUMN text_size TEXT NOT NULL DEFAULT 'normal'
        CHECK (text_size IN ('normal', 'large', 'xlarge'));
    ALTER TABLE parent ADD COLUMN high_contrast INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE letter ADD COLUMN deleted_at TEXT;
    ALTER TABLE recording ADD COLUMN deleted_at TEXT;
    """,
    # 6: each save of a letter counts a revision, so a save based on an older one is kept
    # beside it, never over it; and one active kiosk session per parent
    """
    ALTER TABLE letter ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE letter ADD COLUMN changed_elsewhere INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE parent_session (
        parent_id INTEGER NOT NULL REFERENCES parent(id) ON DELETE CASCADE,
        kiosk TEXT NOT NULL,
        started_at TEXT NOT NULL,
        heartbeat_at TEXT NOT NULL,
        PRIMARY KEY (parent_id)
    );
    """,
    # 7: a part's audio in the store itself (a shared store: any kiosk plays it), in chunks
    # of 1 MiB, with the whole file's SHA-256 on the part; SQLite keeps files on disk
    """
    ALTER TABLE recording_part ADD COLUMN sha256 TEXT;
    ALTER TABLE recording_part ADD COLUMN size INTEGER;
    ALTER TABLE recording_part ADD COLUMN in_store INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE recording_chunk (
        part_id INTEGER NOT NULL REFERENCES recording_part(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (part_id, seq)
    );
    """,
)

# Migration number -> its PostgreSQL form, where SQLite had to rebuild tables. (PostgreSQL
# changes a CHECK in place and checks a REFERENCES when it is declared, so the packet
# column's foreign key is added after the packet table.)
POSTGRES_VARIANTS: dict[int, str] = {
    2: """
    ALTER TABLE letter DROP CONSTRAINT letter_status_check;
    ALTER TABLE letter ADD CONSTRAINT letter_status_check CHECK (status IN
        ('draft', 'ready', 'approved', 'returned', 'exported', 'sent', 'rejected'));
    ALTER TABLE letter ADD COLUMN packet_id BIGINT;
    CREATE INDEX letter_status ON letter(status);
    ALTER TABLE recording DROP CONSTRAINT recording_status_check;
    ALTER TABLE recording ADD CONSTRAINT recording_status_check CHECK (status IN
        ('draft', 'ready', 'approved', 'returned', 'exported', 'sent', 'rejected'));
    ALTER TABLE recording ADD COLUMN packet_id BIGINT;
    ALTER TABLE recording ADD COLUMN take_kept BIGINT NOT NULL DEFAULT 0;
    CREATE INDEX recording_status ON recording(status);
    ALTER TABLE recording_part ADD COLUMN peak_dbfs DOUBLE PRECISION;
    ALTER TABLE event ADD COLUMN actor_kind TEXT NOT NULL DEFAULT 'system';
    ALTER TABLE event ADD COLUMN actor_id BIGINT;
    ALTER TABLE event ADD COLUMN actor_name TEXT NOT NULL DEFAULT '';
    CREATE INDEX event_at ON event(at);
    CREATE INDEX event_parent ON event(parent_id, at);
    CREATE INDEX event_actor ON event(actor_kind, actor_id);
    CREATE TABLE staff (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        salt BYTEA NOT NULL,
        hash BYTEA NOT NULL,
        created_at TEXT NOT NULL,
        removed_at TEXT
    );
    CREATE UNIQUE INDEX staff_name ON staff(lower(name)) WHERE removed_at IS NULL;
    CREATE TABLE signin_guard (
        principal_kind TEXT NOT NULL CHECK (principal_kind IN ('parent', 'staff')),
        principal_id BIGINT NOT NULL,
        failures BIGINT NOT NULL DEFAULT 0,
        lockouts BIGINT NOT NULL DEFAULT 0,
        locked_until DOUBLE PRECISION NOT NULL DEFAULT 0,
        PRIMARY KEY (principal_kind, principal_id)
    );
    CREATE TABLE packet (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        created_at TEXT NOT NULL,
        staff_id BIGINT,
        parent_id BIGINT REFERENCES parent(id) ON DELETE SET NULL,
        folder TEXT NOT NULL DEFAULT '',
        zip TEXT NOT NULL DEFAULT '',
        items BIGINT NOT NULL DEFAULT 0
    );
    ALTER TABLE letter ADD CONSTRAINT letter_packet_id_fkey
        FOREIGN KEY (packet_id) REFERENCES packet(id) ON DELETE SET NULL;
    ALTER TABLE recording ADD CONSTRAINT recording_packet_id_fkey
        FOREIGN KEY (packet_id) REFERENCES packet(id) ON DELETE SET NULL;
    """,
}
