from django import forms
from django.contrib.auth.mixins import LoginRequiredMixin
from django.urls import reverse_lazy
from django.views.generic.edit import FormView


class TalkProposalForm(forms.Form):
    title = forms.CharField(max_length=120)
    abstract = forms.CharField(widget=forms.Textarea, max_length=3000)
    level = forms.ChoiceField(choices=[("b", "Beginner"), ("i", "Intermediate"), ("a", "Advanced")])


class ProposeTalk(LoginRequiredMixin, FormView):
    template_name = "talks/propose.html"
    form_class = TalkProposalForm
    success_url = reverse_lazy("talks:thanks")

    def form_valid(self, form):
        self.request.user.proposals.create(**form.cleaned_data)
        return super().form_valid(form)
