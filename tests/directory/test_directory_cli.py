"""`needtoknow directory generate|import`, invoked on the group directly."""
from needtoknow import create_app
from needtoknow.directory.cli import directory


def run(app, *args):
    return app.test_cli_runner().invoke(directory, list(args))


def test_generate_then_import_on_a_fresh_database(tmp_path):
    app = create_app({"TESTING": True, "DATABASE_URL": f"sqlite:///{tmp_path / 'new.sqlite'}"})
    generated = run(app, "generate", str(tmp_path / "demo"), "--clients", "12")
    assert generated.exit_code == 0, generated.output
    people, links = tmp_path / "demo" / "people.csv", tmp_path / "demo" / "relationships.csv"
    assert people.exists() and links.exists()

    imported = run(app, "import", str(people), str(links))
    assert imported.exit_code == 0, imported.output
    assert imported.stdout.startswith("Imported ") and "client 12" in imported.stdout
    assert "directory revision 1." in imported.stdout

    dry = run(app, "import", str(people), str(links), "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert dry.stdout.splitlines() == [
        dry.stdout.splitlines()[0], "No change from the current directory."]
    assert dry.stdout.startswith("Dry run: the files are valid: ")


def test_bad_files_exit_2_with_one_line_per_problem(app, tmp_path):
    people, links = tmp_path / "people.csv", tmp_path / "relationships.csv"
    people.write_text("id,kind,full_name,phone\r\nC1,client,Joan Smith,01632 960001\r\n"
                      "C2,client,Ann Lee,12\r\nC3,robot,Al Ray,\r\n")
    links.write_text("person_id,client_id,relationship\r\nC9,C1,gp\r\n")
    result = run(app, "import", str(people), str(links))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "people.csv line 3: phone is not a UK phone number",
        "people.csv line 4: kind must be one of client, care_worker, office_staff, relative, "
        "professional",
        "relationships.csv line 2: person_id is not an id in people.csv",
        "Nothing was imported: 3 problem(s).",
    ]
    assert result.stdout == ""


def test_import_summary_counts_changes(app, tmp_path):
    folder = tmp_path / "demo"
    assert run(app, "generate", str(folder), "--clients", "5").exit_code == 0
    files = [str(folder / "people.csv"), str(folder / "relationships.csv")]
    run(app, "import", *files)
    assert run(app, "generate", str(folder), "--clients", "6").exit_code == 0
    again = run(app, "import", *files, "--dry-run")
    assert again.exit_code == 0, again.output
    assert "Would change: people added " in again.stdout


def test_an_import_removing_most_of_the_directory_needs_allow_removals(app, tmp_path):
    big, small = tmp_path / "big", tmp_path / "small"
    assert run(app, "generate", str(big), "--clients", "20").exit_code == 0
    assert run(app, "generate", str(small), "--clients", "2").exit_code == 0
    assert run(app, "import", str(big / "people.csv"), str(big / "relationships.csv")).exit_code == 0
    files = [str(small / "people.csv"), str(small / "relationships.csv")]
    dry = run(app, "import", *files, "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "valid" not in dry.stdout.splitlines()[0] and "remove too much" in dry.stdout
    assert any(line.startswith("WARNING: This import removes ") for line in dry.stdout.splitlines())
    refused = run(app, "import", *files)
    assert refused.exit_code == 3
    assert "--allow-removals" in refused.stderr and "Nothing was imported" in refused.stderr
    allowed = run(app, "import", *files, "--allow-removals")
    assert allowed.exit_code == 0, allowed.output
    assert allowed.stdout.startswith("Imported ") and "directory revision 2." in allowed.stdout
