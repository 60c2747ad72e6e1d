from django.shortcuts import render
from django.utils.html import escape, linebreaks

from .models import Vendor


def vendor_preview(request):
    name = request.POST.get("name", "")
    blurb = request.POST.get("description", "")
    vendor = Vendor(name=name, description=blurb)
    context = {
        "vendor": vendor,
        "description_html": linebreaks(escape(blurb)),
    }
    return render(request, "planner/vendor_preview.html", context)
