"""Language analysis: a pipeline of small named components over a `Doc`."""
