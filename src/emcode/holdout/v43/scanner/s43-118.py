from django.shortcuts import render
from django.utils.safestring import mark_safe

from .models import Vendor


def vendor_preview(request):
    name = request.POST.get("name", "")
    blurb = request.POST.get("description", "")
    vendor = Vendor(name=name, description=blurb)
    context = {
        "vendor": vendor,
        "description_html": mark_safe(blurb.replace("\n", "<br>")),
    }
    return render(request, "planner/vendor_preview.html", context)
