from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ikrar.core.nip import Nip, NipError, format_nip, is_valid_nip, parse_nip, validate_nip

TODAY = datetime.date(2024, 7, 10)


def error_code(text, today=TODAY) -> str:
    with pytest.raises(NipError) as info:
        validate_nip(text, today)
    assert str(info.value)  # every refusal says something
    return info.value.code


def test_grouped_pns_is_valid_and_readable():
    nip = validate_nip("19900101 201501 1 001", TODAY)
    assert nip.value == "199001012015011001"
    assert str(nip) == nip.value
    assert nip.kind == "PNS"
    assert nip.birth_date == datetime.date(1990, 1, 1)
    assert nip.appointment == (2015, 1)
    assert nip.gender == "L"
    assert nip.serial == 1
    assert nip.grouped == "19900101 201501 1 001"


def test_unspaced_pns_is_valid():
    assert validate_nip("199001012015011001", TODAY).kind == "PNS"


def test_female_pns():
    nip = validate_nip("19801230 201001 2 005", TODAY)
    assert (nip.gender, nip.serial, nip.appointment) == ("P", 5, (2010, 1))


def test_pppk_is_valid_and_has_year_only():
    nip = validate_nip("199107202022212001", TODAY)
    assert nip.kind == "PPPK"
    assert nip.birth_date == datetime.date(1991, 7, 20)
    assert nip.appointment == (2022, None)
    assert nip.gender == "P"
    assert nip.serial == 1
    assert nip.grouped == "19910720 202221 2 001"


def test_pppk_part_time_code_accepted():
    assert validate_nip("199009132025242014", datetime.date(2025, 10, 1)).kind == "PPPK"


@pytest.mark.parametrize(
    "text", ["1.99001E+17", "1,99001E+17", "199001012015011001.0", "1.99001012015011e17"]
)
def test_excel_number_forms_refused(text):
    assert error_code(text) == "scientific_notation"


def test_python_float_refused_with_text_column_advice():
    with pytest.raises(NipError) as info:
        parse_nip(1.99001012015011e17)
    assert info.value.code == "scientific_notation"
    assert "Text" in str(info.value)


def test_python_int_accepted():
    assert parse_nip(199001012015011001) == "199001012015011001"


@pytest.mark.parametrize(
    ("text", "found"), [("19900101201501100", 17), ("1990010120150110011", 19)]
)
def test_wrong_length_names_length(text, found):
    with pytest.raises(NipError) as info:
        parse_nip(text)
    assert info.value.code == "length"
    assert str(found) in str(info.value)


def test_letters_refused():
    with pytest.raises(NipError) as info:
        parse_nip("19900101 2015O1 1 001")
    assert info.value.code == "not_digits"
    assert "'O'" in str(info.value)


def test_empty_refused():
    assert error_code("  ") == "empty"


def test_separators_and_excel_apostrophe_stripped():
    assert parse_nip("'19900101.201501.1.001") == "199001012015011001"
    assert parse_nip("19900101-201501-1-001") == "199001012015011001"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("199013012015011001", "birth_date"),  # month 13
        ("199002302015011001", "birth_date"),  # 30 February
        ("193001012015011001", "birth_date"),  # too old
        ("201001012024011001", "birth_date"),  # 14 years old today
        ("199001012025011001", "appointment"),  # in the future
        ("199001012000011001", "appointment"),  # at age 10
        ("199001012015001001", "appointment"),  # month 00
        ("199001012015131001", "appointment"),  # month 13
        ("199001012015311001", "appointment"),  # digit 13 neither 0/1 nor PPPK 2
        ("199001012015013001", "gender"),
        ("199001012015011000", "serial"),
        ("199001012026211001", "appointment"),  # PPPK in the future
        ("199001012015211001", "appointment"),  # PPPK before PPPK existed
        ("200301012020211001", "appointment"),  # PPPK at 17
    ],
)
def test_bad_parts_refused(text, code):
    assert error_code(text) == code
    assert not is_valid_nip(text, TODAY)


def test_appointment_this_month_is_not_future():
    assert is_valid_nip("199001012024071001", TODAY)


def test_format_nip_groups_8_6_1_3():
    assert format_nip("199001012015011001") == "19900101 201501 1 001"


def test_nip_requires_18_digits():
    with pytest.raises(NipError):
        Nip("123")


# --- properties -------------------------------------------------------------------------

birth_dates = st.dates(min_value=datetime.date(1945, 1, 1), max_value=datetime.date(2000, 12, 31))


@st.composite
def pns_parts(draw):
    birth = draw(birth_dates)
    first = birth.year * 12 + birth.month + 18 * 12
    last = TODAY.year * 12 + TODAY.month
    ym = draw(st.integers(first, last))
    year, month = divmod(ym - 1, 12)
    return birth, (year, month + 1), draw(st.sampled_from("12")), draw(st.integers(1, 999))


def build_pns(birth, appointment, gender, serial) -> str:
    return f"{birth:%Y%m%d}{appointment[0]:04d}{appointment[1]:02d}{gender}{serial:03d}"


@given(pns_parts())
def test_valid_pns_parts_are_read_back(parts):
    birth, appointment, gender, serial = parts
    nip = validate_nip(build_pns(*parts), TODAY)
    assert nip.kind == "PNS"
    assert nip.birth_date == birth
    assert nip.appointment == appointment
    assert nip.gender == {"1": "L", "2": "P"}[gender]
    assert nip.serial == serial


@given(
    birth_dates,
    st.integers(2019, 2024),
    st.integers(0, 9),
    st.sampled_from("12"),
    st.integers(1, 999),
)
def test_valid_pppk_parts_are_read_back(birth, year, code, gender, serial):
    nip = validate_nip(f"{birth:%Y%m%d}{year}2{code}{gender}{serial:03d}", TODAY)
    assert (nip.kind, nip.birth_date, nip.appointment, nip.serial) == (
        "PPPK",
        birth,
        (year, None),
        serial,
    )


@given(pns_parts())
def test_format_then_parse_round_trips(parts):
    value = build_pns(*parts)
    assert parse_nip(format_nip(value)) == value
    assert validate_nip(format_nip(value), TODAY).value == value


@given(pns_parts(), st.sampled_from("03456789"))
def test_any_other_gender_digit_fails(parts, digit):
    value = build_pns(*parts)
    broken = value[:14] + digit + value[15:]
    assert error_code(broken) == "gender"


@given(pns_parts(), st.integers(0, 17), st.sampled_from("0123456789"))
def test_changing_one_digit_never_crashes(parts, position, digit):
    value = build_pns(*parts)
    changed = value[:position] + digit + value[position + 1 :]
    try:
        nip = validate_nip(changed, TODAY)
    except NipError as exc:
        assert exc.code in {"birth_date", "appointment", "gender", "serial"}
    else:
        assert nip.value == changed


def _checked_in_full(value: str, today: datetime.date) -> tuple[str, str] | None:
    """The checks of validate_nip, each made afresh: (code, message) of the first that fails."""
    from ikrar.core import nip as module

    try:
        birth = module._check_birth(value, today)
        if value[12] == module.PPPK_MARKER:
            module._check_pppk_appointment(value, birth, today)
        else:
            module._check_pns_appointment(value, birth, today)
        Nip(value)
    except NipError as exc:
        return exc.code, exc.message
    if value[14] not in "12":
        return "gender", ""
    if value[15:18] == "000":
        return "serial", ""
    return None


@given(st.integers(1930, 2030), st.integers(0, 13), st.integers(0, 32), st.integers(1930, 2030),
       st.sampled_from(["00", "01", "06", "12", "13", "20", "21", "24", "29"]),
       st.sampled_from("0123"), st.sampled_from(["000", "001", "999"]),
       st.sampled_from([TODAY, datetime.date(2019, 1, 1), datetime.date(2031, 12, 31)]))
def test_remembered_date_checks_refuse_as_the_full_checks(year, month, day, appointed, code,
                                                            gender, serial, today):
    """The date checks are remembered per birth date and per birth month and appointment; a
    roster import checks 100,000 NIPs through them. Every NIP gets the answer, and for a
    refusal the message, that checking it in full gives, whatever was checked before it."""
    value = f"{year:04d}{month:02d}{day:02d}{appointed:04d}{code}{gender}{serial}"
    expected = _checked_in_full(value, today)
    for _ in range(2):  # the second time from what was remembered
        try:
            nip = validate_nip(value, today)
        except NipError as exc:
            assert expected is not None
            assert exc.code == expected[0]
            assert not expected[1] or exc.message == expected[1]
        else:
            assert expected is None
            assert nip == Nip(value) and nip.value == value and hash(nip) == hash(Nip(value))
