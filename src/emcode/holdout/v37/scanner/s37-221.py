from html import escape


def room_card(room_no, guest_note):
    return (
        '<div class="room-card">'
        f"<span class='no'>{escape(str(room_no))}</span>"
        f"<p class='note'>{escape(guest_note)}</p>"
        "</div>"
    )
