def room_card(room_no, guest_note):
    return (
        '<div class="room-card">'
        f"<span class='no'>{room_no}</span>"
        f"<p class='note'>{guest_note}</p>"
        "</div>"
    )
