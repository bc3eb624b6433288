// A valid starting spec for each kind, so every form opens on something real.
const SUB = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ml-rg/providers";

export const STARTERS = {
  computeinstance: { name: "ci-dev", type: "computeinstance", size: "Standard_DS3_v2", idle_time_before_shutdown_minutes: 60 },
  amlcompute: { name: "cpu-cluster", type: "amlcompute", size: "Standard_DS3_v2", min_instances: 0, max_instances: 4 },
  aks: { name: "scoring-prod", type: "aks", size: "Standard_D3_v2", agent_count: 3, cluster_purpose: "production" },
  virtualmachine: {
    name: "dsvm-attached",
    type: "virtualmachine",
    resource_id: `${SUB}/Microsoft.Compute/virtualMachines/dsvm`,
    ssh_settings: { admin_username: "azureuser", ssh_private_key_file: "/home/me/.ssh/dsvm" },
  },
  kubernetes: { name: "arc-inference", type: "kubernetes", resource_id: `${SUB}/Microsoft.Kubernetes/connectedClusters/edge`, namespace: "azureml" },
  synapsespark: { name: "spark-pool", type: "synapsespark", resource_id: `${SUB}/Microsoft.Synapse/workspaces/ml-synapse/bigDataPools/pool` },
  hdinsight: {
    name: "hdi-spark",
    type: "hdinsight",
    resource_id: `${SUB}/Microsoft.HDInsight/clusters/hdi-spark`,
    address: "hdi-spark-ssh.azurehdinsight.net",
    ssh_settings: { admin_username: "sshuser", ssh_key_value: "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC3 ops@build" },
  },
  databricks: {
    name: "dbx-pipelines",
    type: "databricks",
    resource_id: `${SUB}/Microsoft.Databricks/workspaces/dbx`,
    workspace_url: "https://adb-1234567890123456.7.azuredatabricks.net",
    access_token: "${{ secrets.DATABRICKS_TOKEN }}",
  },
  datalakeanalytics: { name: "dla-pipelines", type: "datalakeanalytics", resource_id: `${SUB}/Microsoft.DataLakeAnalytics/accounts/mldla` },
};

/** The studio's compute tabs (their labels, by id, in i18n.js); attached computes share one tab with a type picker. */
export const TABS = [
  { id: "instance", kinds: ["computeinstance"] },
  { id: "cluster", kinds: ["amlcompute"] },
  { id: "inference", kinds: ["aks"] },
  { id: "attached", kinds: ["virtualmachine", "kubernetes", "synapsespark", "hdinsight", "databricks", "datalakeanalytics"] },
];
