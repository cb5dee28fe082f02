"""Fixtures for the service rules: two parents with a child each, and a staff member.

Every test here runs on both stores (SQLite and PostgreSQL): the services' contract.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from letterbox.core import Core
from letterbox.services import Services, build_services
from letterbox.services.actor import Actor
from letterbox.store.profiles import Child, Parent
from tests import store_engines

core = store_engines.core  # both engines: the services' contract
store_url = store_engines.store_url


@dataclass
class World:
    core: Core
    services: Services
    ana: Parent
    ana_child: Child
    ben: Parent
    ben_child: Child
    staff: Actor

    @property
    def ana_actor(self) -> Actor:
        return Actor.parent(self.ana.id, self.ana.name)

    @property
    def ben_actor(self) -> Actor:
        return Actor.parent(self.ben.id, self.ben.name)


@pytest.fixture
def world(core: Core) -> World:
    """Ana and Ben, each with an approved child; Sam is staff."""
    services = build_services(core)
    system = Actor.system()
    ana = services.parents.create_profile(Actor.kiosk(), name="Ana Ruiz", id_number="A100",
                                          pin="1111")
    ben = services.parents.create_profile(Actor.kiosk(), name="Ben Cole", id_number="B200",
                                          pin="2222")
    ana_child = services.parents.add_child(Actor.parent(ana.id), ana.id, "Lía", age_years=6)
    ben_child = services.parents.add_child(Actor.parent(ben.id), ben.id, "Max", age_years=9)
    sam = services.staff.add(system, "Sam Worker", "correct horse")
    staff = Actor.staff(sam.id, sam.name)
    for child in (ana_child, ben_child):
        services.contacts.decide(staff, child.id, "approved")
    return World(core, services, ana, core.profiles.child(ana_child.id), ben,
                 core.profiles.child(ben_child.id), staff)
