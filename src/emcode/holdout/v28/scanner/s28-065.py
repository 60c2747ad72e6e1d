from django.shortcuts import get_object_or_404, render
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .models import Hotel


def hotel_detail(request, slug):
    hotel = get_object_or_404(Hotel, slug=slug)
    highlight = request.GET.get("highlight", "")
    description = escape(hotel.description)
    if highlight:
        needle = escape(highlight)
        description = description.replace(needle, f"<mark>{needle}</mark>")
    return render(request, "hotels/detail.html", {
        "hotel": hotel,
        "description": mark_safe(description),
    })
