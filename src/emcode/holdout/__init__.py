"""Frozen labelled hold-outs that measure the security scanner and the refusal judge (see GUIDE.md)."""
