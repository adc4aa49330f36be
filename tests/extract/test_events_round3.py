"""Event type and attribution rules added after reading misses on project-written reports."""
from __future__ import annotations

from datetime import date

import pytest

from gawahi.extract.base import Document
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
        # A mob is mob violence, as ACLED codes it, whether it harms people or buildings.
        ("A mob attacked the Christian residents of the colony on 1 August 2009 and set fire to 40 "
         "houses; seven people were burnt to death.", EventType.MOB_VIOLENCE),
        ("A mob set fire to an Ahmadi place of worship on 3 May 2021. No injuries were reported.",
         EventType.MOB_VIOLENCE),
        ("Unknown persons set fire to an Ahmadi place of worship on 3 May 2021.", EventType.PROPERTY_ATTACK),
        ("A crowd gathered on 3 December 2021 after a rumour, beat the manager and set his body alight.",
         EventType.MOB_VIOLENCE),
        # Clashes: of a procession and another group, crowds; of protesters with police, a protest.
        ("Four people were killed in a clash between two groups over the route of a Muharram "
         "procession on 24 November 2012.", EventType.MOB_VIOLENCE),
        ("Dozens injured as party workers clash with police at the interchange; operation to clear "
         "the sit-in under way on 25 November 2017.", EventType.PROTEST),
        ("Thousands staged a sit-in on 18 August 2012 against the killing of Shia passengers near "
         "Chilas, in which 19 people were killed.", EventType.PROTEST),
        ("A letter warning of attacks on Muharram processions was thrown into the imambargah on "
         "5 December 2011.", EventType.THREAT),
        ("Militants blew up the shrine of a local saint on 4 March 2009. No one was hurt.",
         EventType.PROPERTY_ATTACK),
        ("Gunmen armed with rifles, grenades and suicide vests stormed two mosques on 28 May 2010, "
         "killing 80 people; three attackers blew themselves up.", EventType.ARMED_ATTACK),
        ("A suicide bomber blew himself up at a mosque on 28 May 2010, killing 80 people.",
         EventType.BOMBING),
        ("Unknown motorcyclists opened fire and killed a scholar on 3 March 2013. Police recovered "
         "9mm pistol shells.", EventType.ARMED_ATTACK),
        ("The High Court on 8 May 2019 directed the ministry to produce seven men who went missing "
         "after being taken into custody.", EventType.LEGAL_ACTION),
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


def test_dated_placed_briefs_about_a_community_are_kept_for_review(ex):
    c = one(ex, 'On Monday somebody chalked "Shia kafir" and the ASWJ\'s name on the wall of our imambargah '
                "in Jhang, saying we would be next.", date(2013, 3, 5))
    assert c.event_type == EventType.THREAT and c.location.name == "Jhang"
    c = one(ex, "The district administration in Karachi on 3 March 2013 banned the Chehlum procession of the "
                "Shia community.")
    assert c.event_type == EventType.OTHER
    assert ex.extract(Document("t", "It is time we talked about tolerance in Lahore.")) == []
