"""The DAW side: capture backends, the REAPER OSC mirror and file bridge, the virtual REAPER."""
