from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from .forms import HarvestEntryForm


@login_required
def new_harvest_entry(request):
    if request.method == "POST":
        form = HarvestEntryForm(request.POST)
        if form.is_valid():
            entry = form.save(commit=False)
            entry.recorded_by = request.user
            entry.save()
            return redirect("harvest:list")
    else:
        form = HarvestEntryForm()
    return render(request, "harvest/new.html", {"form": form})
