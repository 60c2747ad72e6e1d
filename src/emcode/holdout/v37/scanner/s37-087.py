from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from .forms import AvailabilityForm


@login_required
def availability(request):
    if request.method == "POST":
        form = AvailabilityForm(request.POST)
        if form.is_valid():
            slot = form.save(commit=False)
            slot.singer = request.user
            slot.save()
            return redirect("availability")
    else:
        form = AvailabilityForm()
    return render(request, "choir/availability.html", {"form": form})
