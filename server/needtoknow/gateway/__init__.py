"""The mail gateway: Postfix asks this milter about every outgoing message at end of data.

stamp.py signs and verifies check stamps; issue.py makes them for the API; message.py turns the
envelope and MIME into a CheckInput; service.py runs the check and decides; verdict.py is the
pure answer; records.py the audit; milter.py the protocol (pymilter on Debian's libmilter);
cli.py the `needtoknow milter` command.
"""
