"""Event type and attribution rules added after reading misses on project-written reports."""
from __future__ import annotations

import pytest

from gawahi.model.vocab import AttributionBasis, EventType

from .conftest import one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An arrest or a charge about a killing reports the killing; a court's act is the event.
        ("Police in Sukkur have charged two activists with the murder of a Shia trader who was shot "
         "dead outside his shop on 3 April 2015.", EventType.ARMED_ATTACK),
        ("According to the FIR registered at the police station, the complainant's brother was shot "
         "dead by two motorcyclists on 4 February 2013.", EventType.ARMED_ATTACK),
        ("An anti-terrorism court on 21 May 2019 convicted four men for the bombing of a procession "
         "in which 31 people had been killed.", EventType.LEGAL_ACTION),
        ("Police registered a blasphemy case against an Ahmadi man on 18 January 2022 and arrested him.",
         EventType.LEGAL_ACTION),
        # Homes torched after blasphemy rumours: a crowd's violence.
        ("The houses of Christians in the village were torched on 30 July 2009 after rumours of "
         "blasphemy.", EventType.MOB_VIOLENCE),
        ("Unknown persons desecrated 45 graves in an Ahmadi cemetery on 1 August 2021.",
         EventType.PROPERTY_ATTACK),
        ("Hundreds of Hazara families have fled Mariabad for Karachi since a wave of killings in "
         "October 2011, community leaders said on 10 December 2011.", EventType.DISPLACEMENT),
        ("Security forces allegedly picked up three Baloch students from their hostel in Khuzdar on "
         "20 April 2022.", EventType.ENFORCED_DISAPPEARANCE),
    ],
)
def test_event_type(ex, text, expected):
    assert one(ex, text).event_type == expected


def test_generic_state_wording_is_not_narrowed_to_one_force(ex):
    c = one(ex, "Security forces allegedly picked up three Baloch students from their hostel in Khuzdar "
                "on 20 April 2022.")
    assert [(p.actor, p.basis) for p in c.perpetrators] == [
        ("Security forces (unspecified)", AttributionBasis.ALLEGED)]
    c = one(ex, "Two men were abducted by intelligence agencies in Quetta on 2 May 2020, their families said.")
    assert [p.actor for p in c.perpetrators] == ["Intelligence agencies (unspecified)"]
