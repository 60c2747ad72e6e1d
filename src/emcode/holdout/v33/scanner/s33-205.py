from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe

from .models import Package


def package_detail(request, name):
    pkg = get_object_or_404(Package, name=name)
    highlight = request.GET.get("q", "")
    description = pkg.description.replace(highlight, f"<mark>{highlight}</mark>") if highlight else pkg.description
    return render(request, "registry/detail.html", {
        "pkg": pkg,
        "description": mark_safe(description),
    })
